namespace Signpost.Core.Content;

public enum Audience
{
    YoungPeople,
    ParentsCarers,
    Professionals,
}
