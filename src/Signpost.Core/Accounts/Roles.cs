namespace Signpost.Core.Accounts;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string DirectoryManager = "DirectoryManager";
    public const string Editor = "Editor";
    public const string ParticipationOfficer = "ParticipationOfficer";

    public static readonly IReadOnlyList<string> All = [Administrator, DirectoryManager, Editor, ParticipationOfficer];

    /// <summary>Accepts the spellings people type on the command line: "directory-manager", "Directory manager".</summary>
    public static string? Parse(string text)
    {
        var key = new string(text.Where(char.IsLetter).ToArray());
        return All.FirstOrDefault(r => string.Equals(r, key, StringComparison.OrdinalIgnoreCase));
    }
}
