using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Web.Features.Editor.Organisations;

/// <summary>
/// The organisation form as posted. <see cref="TrustShown"/> comes only with the trust checkbox
/// (managers' forms), so an unticked box is told apart from a form that never had one.
/// </summary>
public sealed class OrganisationForm
{
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool IsTrusted { get; set; }
    public bool TrustShown { get; set; }
    public int BaseVersion { get; set; }
    public string? Comment { get; set; }

    /// <summary>The slug is not edited: organisations have no public page of their own, and the slug ties editors and the seed to them.</summary>
    public string? Slug { get; set; }

    public static OrganisationForm From(OrganisationSnapshot snapshot, int baseVersion, bool trusted) => new()
    {
        Name = snapshot.Name,
        Slug = snapshot.Slug,
        Type = snapshot.Type.ToString(),
        Description = snapshot.Description,
        Website = snapshot.Website,
        Phone = snapshot.Phone,
        Email = snapshot.Email,
        IsTrusted = trusted,
        BaseVersion = baseVersion,
    };

    public static IReadOnlyList<(OrganisationType Value, string Label)> Types { get; } =
    [
        (OrganisationType.Council, "Council"), (OrganisationType.Nhs, "NHS"), (OrganisationType.School, "School or college"),
        (OrganisationType.Police, "Police"), (OrganisationType.Voluntary, "Charity or voluntary group"), (OrganisationType.Private, "Private company"),
    ];
}
