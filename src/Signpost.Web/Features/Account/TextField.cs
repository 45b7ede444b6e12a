namespace Signpost.Web.Features.Account;

/// <summary>What <c>_TextField.cshtml</c> needs to draw one labelled input. Password values are never written back.</summary>
public sealed record TextField(
    string Id,
    string Label,
    string? Value,
    string Type = "text",
    string? Autocomplete = null,
    string? Hint = null,
    string? LabelClass = "govuk-label--s",
    string? WidthClass = null,
    string? InputMode = null);
