namespace Signpost.Core.Content;

public enum DeliveryMode
{
    InPerson,
    Online,
    Phone,
}
