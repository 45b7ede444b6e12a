namespace Signpost.Web.Features.Feedback;

/// <summary>What <c>_Radios.cshtml</c> needs to draw one GOV.UK radios question; the first radio's id is the field name, so errors link to it.</summary>
public sealed record RadiosField(
    string Name,
    string Legend,
    IReadOnlyList<ChoiceOption> Options,
    string? Selected,
    string? Hint = null,
    string LegendClass = "govuk-fieldset__legend--s",
    bool Inline = false,
    bool Small = false);
