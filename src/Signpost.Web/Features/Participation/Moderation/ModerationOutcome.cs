namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>What came of a moderation action: done, or why not (the field the error is about, for the error summary).</summary>
public sealed record ModerationOutcome(ModerationResult Result, string? Field = null, string? Error = null)
{
    public static readonly ModerationOutcome Done = new(ModerationResult.Done);
    public static readonly ModerationOutcome NotFound = new(ModerationResult.NotFound);
    public static readonly ModerationOutcome Forbidden = new(ModerationResult.Forbidden);

    public static ModerationOutcome Refused(string field, string error) => new(ModerationResult.Refused, field, error);
}
