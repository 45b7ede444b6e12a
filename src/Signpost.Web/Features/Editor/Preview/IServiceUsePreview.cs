using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.Editor.Preview;

/// <summary>What the shared markup of an organisation or venue preview needs, whatever the kind.</summary>
public interface IServiceUsePreview
{
    PreviewBanner Banner { get; }
    string BaseUrl { get; }
    int? VersionNumber { get; }

    /// <summary>"organisation" or "venue", as the sentences around the preview name it.</summary>
    string KindName { get; }
    string DraftName { get; }

    /// <summary>The published services that use the item, by name: the pages the preview can be shown on.</summary>
    IReadOnlyList<ServiceChoice> Services { get; }
    ServiceChoice? Chosen { get; }

    /// <summary>The chosen service's page with the draft in it; null when no published service uses the item.</summary>
    ServicePageContent? PageContent { get; }

    /// <summary>The public partial that shows the item on a service page, and the draft for it, for when no service uses it.</summary>
    string SummaryPartial { get; }
    object Draft { get; }
}
