namespace Signpost.Core.Editorial;

public enum ScheduledActionType
{
    Publish,
    Withdraw,
}
