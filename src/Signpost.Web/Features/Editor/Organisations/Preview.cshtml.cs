using Microsoft.Extensions.Options;
using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Preview;
using Signpost.Web.Features.Listings;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Editor.Organisations;

/// <summary>A version of an organisation on the page of a service it runs, as the public will see it.</summary>
public sealed class PreviewModel(OrganisationWorkflow workflow, ListingQueries listings, IOptions<SignpostOptions> options)
    : ServiceUsePreviewPageBase<Organisation, OrganisationSnapshot>(Kind, workflow, listings, options)
{
    private static readonly ServiceUseKind Kind = new("organisation", "/editor/organisations", "/Features/Listings/_ServiceOrganisation.cshtml");

    // Editors change the phone and email here too, and would look for them in vain.
    protected override string WhatThePublicSees => "Service pages show the organisation's name, kind, description and website, not its phone or email.";

    protected override IQueryable<Service> UsingIt(IQueryable<Service> visible, Guid id) => visible.Where(s => s.OrganisationId == id);

    protected override Organisation ToDraft(Organisation item, OrganisationSnapshot snapshot)
    {
        var draft = new Organisation { Id = item.Id, Slug = snapshot.Slug, Name = snapshot.Name, LogoAlt = item.LogoAlt, IsTrusted = item.IsTrusted, LastModified = item.LastModified };
        snapshot.ApplyTo(draft);
        return draft;
    }

    protected override void PutInto(Service service, Organisation draft) => service.Organisation = draft;
}
