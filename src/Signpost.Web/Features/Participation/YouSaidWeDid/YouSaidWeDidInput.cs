using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Signpost.Web.Features.Participation.YouSaidWeDid;

/// <summary>The form's fields; errors are keyed by the input's id so the error summary links to them.</summary>
public sealed class YouSaidWeDidInput
{
    public const int MaxYouSaid = 1000;
    public const int MaxWeDid = 2000;

    [ModelBinder(Name = "you-said")]
    public string? YouSaid { get; set; }

    [ModelBinder(Name = "we-did")]
    public string? WeDid { get; set; }

    [ModelBinder(Name = "service")]
    public Guid? ServiceId { get; set; }

    [ModelBinder(Name = "theme")]
    public string? ThemeSlug { get; set; }

    /// <summary>Adds an error for each problem; the option lists are what the form offered, so a forged value is refused.</summary>
    public void Check(ModelStateDictionary modelState, IReadOnlyList<(Guid Id, string Name)> services, IReadOnlyList<(string Slug, string Label)> themes)
    {
        YouSaid = YouSaid?.Trim();
        WeDid = WeDid?.Trim();
        ThemeSlug = string.IsNullOrWhiteSpace(ThemeSlug) ? null : ThemeSlug;
        Require(modelState, "you-said", YouSaid, MaxYouSaid, "Enter what people said", "What people said");
        Require(modelState, "we-did", WeDid, MaxWeDid, "Enter what you did about it", "What you did");
        if (ServiceId is { } serviceId && services.All(s => s.Id != serviceId))
        {
            modelState.AddModelError("service", "Choose a published service, or none");
        }

        if (ThemeSlug is { } theme && themes.All(t => t.Slug != theme))
        {
            modelState.AddModelError("theme", "Choose one of the themes, or none");
        }
    }

    private static void Require(ModelStateDictionary modelState, string key, string? value, int max, string missing, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            modelState.AddModelError(key, missing);
        }
        else if (value.Length > max)
        {
            modelState.AddModelError(key, $"{name} must be {max} characters or fewer");
        }
    }
}
