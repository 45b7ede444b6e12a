namespace Signpost.Web.Features.Feedback;

/// <summary>One radio or checkbox: the value sent, the words shown, and an optional hint.</summary>
public sealed record ChoiceOption(string Value, string Label, string? Hint = null);
