namespace Signpost.Web.Features.Editor.Review;

/// <summary>A link to another kind's "waiting for review" list, with how many items wait there.</summary>
public sealed record OtherQueue(string Label, string Url, int Waiting);
