using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>Applies <see cref="FeedbackPermissions"/> with the response as the resource, the way content permissions do for listings.</summary>
public sealed class FeedbackAuthorizationHandler(ServiceEditorQueries queries) : AuthorizationHandler<FeedbackOperationRequirement, FeedbackResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, FeedbackOperationRequirement requirement, FeedbackResource resource)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var roles = user.FindAll(user.Identities.FirstOrDefault()?.RoleClaimType ?? ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        var scope = await queries.ScopeAsync(user, CancellationToken.None);
        if (FeedbackPermissions.Allows(roles, scope.OrganisationId, requirement.Operation, resource))
        {
            context.Succeed(requirement);
        }
    }
}
