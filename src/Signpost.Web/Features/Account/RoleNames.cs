using Signpost.Core.Accounts;

namespace Signpost.Web.Features.Account;

/// <summary>Roles as people say them.</summary>
public static class RoleNames
{
    public static string Display(string role) => role switch
    {
        Roles.Administrator => "Administrator",
        Roles.DirectoryManager => "Directory manager",
        Roles.Editor => "Editor",
        Roles.ParticipationOfficer => "Participation officer",
        _ => role,
    };

    public static string Describe(string role) => role switch
    {
        Roles.Administrator => "Everything, including users and the audit log",
        Roles.DirectoryManager => "All content, approvals, taxonomy, synonyms and pages",
        Roles.Editor => "Their own organisation's services and locations",
        Roles.ParticipationOfficer => "Feedback and reports",
        _ => "",
    };
}
