using Microsoft.AspNetCore.Authorization;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>Applies <see cref="FeedbackPermissions"/> with the response as the resource, the way content permissions do for listings.</summary>
public sealed class FeedbackAuthorizationHandler(ServiceEditorQueries queries, IHttpContextAccessor http) : AuthorizationHandler<FeedbackOperationRequirement, FeedbackResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, FeedbackOperationRequirement requirement, FeedbackResource resource)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && FeedbackPermissions.Allows(context.User, (await queries.ScopeAsync(context.User, http.HttpContext?.RequestAborted ?? default)).OrganisationId, requirement.Operation, resource))
        {
            context.Succeed(requirement);
        }
    }
}
