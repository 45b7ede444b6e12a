using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Workflow;
using Signpost.Web.Features.Listings;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Editor.Preview;

/// <summary>
/// Organisations and venues have no public page of their own: they are seen on the pages of the
/// services that use them. So the preview is one of those pages, loaded as the public gets it
/// (untracked, so a copy of this request's own) with the draft put in place of the live item.
/// </summary>
public abstract class ServiceUsePreviewPageBase<TItem, TSnapshot>(
    ServiceUseKind kind,
    ContentWorkflow<TItem, TSnapshot> workflow,
    ListingQueries listings,
    IOptions<SignpostOptions> options)
    : PreviewPageBase<TItem, TSnapshot>(workflow), IServiceUsePreview
    where TItem : class
    where TSnapshot : class, ISnapshot<TSnapshot>
{
    /// <summary>The slug of the service to show the draft on; the first by name when not given or not one of them.</summary>
    [BindProperty(SupportsGet = true, Name = "service")]
    public string? ServiceSlug { get; set; }

    public IReadOnlyList<ServiceChoice> Services { get; private set; } = [];
    public ServiceChoice? Chosen { get; private set; }
    public ServicePageContent? PageContent { get; private set; }
    public string DraftName { get; private set; } = "";
    public object Draft { get; private set; } = null!;

    public string KindName => kind.Name;
    public string SummaryPartial => kind.SummaryPartial;
    public string BaseUrl => $"{kind.Url}/{Id}";
    public PreviewBanner Banner => new(Version, BaseUrl, Shows);

    /// <summary>What the public sees of the item on a service page, when that is not all of it.</summary>
    protected virtual string? WhatThePublicSees => null;

    /// <summary>The visible services that use the item.</summary>
    protected abstract IQueryable<Service> UsingIt(IQueryable<Service> visible, Guid id);

    /// <summary>A new, unsaved item holding the snapshot, with what the snapshot does not hold copied from the row.</summary>
    protected abstract TItem ToDraft(TItem item, TSnapshot snapshot);

    /// <summary>Puts the draft where the service (an untracked copy) has the live item.</summary>
    protected abstract void PutInto(Service service, TItem draft);

    private string Shows => Chosen is { } chosen
        ? $"{DraftName} as it will appear on the page of {chosen.Name}, {(Services.Count == 1 ? $"the one published service that uses this {KindName}" : $"one of {Services.Count} published services that use this {KindName}")}. {WhatThePublicSees}".TrimEnd()
        : $"No published service uses this {KindName} yet, so no public page shows it. Below is how it will appear on a service page. {WhatThePublicSees}".TrimEnd();

    protected override async Task ShowAsync(TItem item, TSnapshot snapshot, CancellationToken cancellationToken)
    {
        var draft = ToDraft(item, snapshot);
        Draft = draft;
        DraftName = snapshot.Title;
        Services = await UsingIt(listings.Visible(), Id)
            .OrderBy(s => s.Name)
            .Select(s => new ServiceChoice(s.Slug, s.Name))
            .ToListAsync(cancellationToken);
        var chosen = Services.FirstOrDefault(s => s.Slug == ServiceSlug) ?? Services.FirstOrDefault();
        if (chosen is null || await listings.GetServiceAsync(chosen.Slug, cancellationToken) is not { } service)
        {
            return;
        }

        Chosen = chosen;
        PutInto(service, draft);
        PageContent = await ServicePageContent.ForPreviewAsync(service, listings, options.Value.AreaName, cancellationToken);
    }
}
