using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Permissions;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>Asks the authorization service about one service, for pages deciding what to show (the workflow checks again on every change).</summary>
public sealed class EditorPermissions(SignpostDbContext db, IAuthorizationService authorization)
{
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, Service service, ContentOperationRequirement requirement)
    {
        var trusted = service.Organisation?.IsTrusted
            ?? await db.Organisations.Where(o => o.Id == service.OrganisationId).Select(o => o.IsTrusted).FirstOrDefaultAsync();
        var result = await authorization.AuthorizeAsync(user, new ContentResource(ContentKind.Service, service.OrganisationId, trusted), requirement);
        return result.Succeeded;
    }

    /// <summary>For an organisation rather than a stored service, e.g. the one a draft moves the service to; false when it does not exist.</summary>
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, Guid organisationId, ContentOperationRequirement requirement, CancellationToken cancellationToken)
    {
        var trusted = await db.Organisations.Where(o => o.Id == organisationId).Select(o => (bool?)o.IsTrusted).FirstOrDefaultAsync(cancellationToken);
        if (trusted is null)
        {
            return false;
        }

        var result = await authorization.AuthorizeAsync(user, new ContentResource(ContentKind.Service, organisationId, trusted.Value), requirement);
        return result.Succeeded;
    }
}
