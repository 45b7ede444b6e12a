using Signpost.Core.Editorial;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>Where each kind's editor pages live.</summary>
public static class ContentPaths
{
    public static string Segment(ContentKind kind) => kind switch
    {
        ContentKind.Service => "services",
        ContentKind.Page => "pages",
        ContentKind.Organisation => "organisations",
        ContentKind.Location => "locations",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ContentKind? KindOf(string segment) => segment switch
    {
        "services" => ContentKind.Service,
        "pages" => ContentKind.Page,
        "organisations" => ContentKind.Organisation,
        "locations" => ContentKind.Location,
        _ => null,
    };

    public static string Edit(ContentKind kind, Guid id) => $"/editor/{Segment(kind)}/{id}/edit";
}
