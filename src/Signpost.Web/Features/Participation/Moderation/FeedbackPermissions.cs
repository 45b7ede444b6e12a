using System.Security.Claims;
using Signpost.Core.Accounts;
using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>
/// Who may do what with feedback. Participation officers and administrators: everything.
/// Directory managers: read approved feedback about any organisation (they answer for the whole
/// directory but do not moderate). Editors: read approved feedback about their own organisation's
/// services only. Nobody else, and nobody but officers and administrators sees unmoderated words.
/// </summary>
public static class FeedbackPermissions
{
    public static bool Allows(ClaimsPrincipal user, Guid? ownOrganisationId, FeedbackOperation operation, FeedbackResource response)
    {
        if (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ParticipationOfficer))
        {
            return true;
        }

        if (operation != FeedbackOperation.Read || response.Status != FeedbackStatus.Approved)
        {
            return false;
        }

        return user.IsInRole(Roles.DirectoryManager)
            || (user.IsInRole(Roles.Editor) && ownOrganisationId is { } own && response.OrganisationId == own);
    }
}
