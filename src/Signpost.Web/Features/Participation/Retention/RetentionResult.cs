namespace Signpost.Web.Features.Participation.Retention;

/// <summary>What one retention pass removed.</summary>
public sealed record RetentionResult(int TextsRemoved, int ReplyEmailsDeleted);
