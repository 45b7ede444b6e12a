namespace Signpost.Core.Content;

public enum ContentStatus
{
    Draft,
    Published,
    Withdrawn,
}
