namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>The dashboard's feedback section: how many wait for moderation, and the urgent ones the safeguarding lead has not yet reviewed.</summary>
public sealed record FeedbackDashboard(int WaitingForModeration, IReadOnlyList<FeedbackQueueRow> AwaitingSafeguarding);
