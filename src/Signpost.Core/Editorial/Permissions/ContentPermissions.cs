using Signpost.Core.Accounts;

namespace Signpost.Core.Editorial.Permissions;

/// <summary>
/// Who may do what to a content item. Administrators and directory managers: everything.
/// Editors: their own organisation's services, the organisation itself and the venues only it
/// uses, publishing without review only when the organisation is trusted, and never approving
/// (nobody reviews their own organisation's work). Pages belong to nobody, so only managers touch
/// them. Withdrawing an organisation or a (possibly shared) venue takes whole services off the
/// public site, so only managers withdraw or restore them.
/// Participation officers: nothing on content.
/// </summary>
public static class ContentPermissions
{
    public static bool Allows(ContentActor actor, ContentOperation operation, ContentResource item)
    {
        if (actor.Roles.Contains(Roles.Administrator) || actor.Roles.Contains(Roles.DirectoryManager))
        {
            return true;
        }

        if (item.Kind == ContentKind.Page
            || !actor.Roles.Contains(Roles.Editor) || actor.OrganisationId is not { } own || item.OrganisationId != own)
        {
            return false;
        }

        return operation switch
        {
            ContentOperation.View or ContentOperation.Edit or ContentOperation.Submit or ContentOperation.Rollback => true,
            ContentOperation.Publish => item.OrganisationIsTrusted,
            ContentOperation.Withdraw or ContentOperation.Restore => item.Kind == ContentKind.Service && item.OrganisationIsTrusted,
            _ => false,
        };
    }
}
