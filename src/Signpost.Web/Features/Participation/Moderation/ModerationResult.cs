namespace Signpost.Web.Features.Participation.Moderation;

public enum ModerationResult
{
    Done,
    NotFound,
    Forbidden,
    Refused,
}
