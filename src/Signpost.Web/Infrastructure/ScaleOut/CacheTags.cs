namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>
/// The tags cached output depends on. Publishing bumps exactly the tags of what changed: the
/// service, its organisation and its categories, plus <see cref="Search"/> for anything that lists
/// or counts services (search results, facets, feeds).
/// </summary>
public static class CacheTags
{
    /// <summary>Any list or count of published services: one publish can change any of them.</summary>
    public const string Search = "search";

    /// <summary>Category and need names and their tree.</summary>
    public const string Taxonomy = "taxonomy";

    /// <summary>Postcode lookups: shipped data, replaced only by the import-postcodes verb.</summary>
    public const string Postcodes = "postcodes";

    public static string Service(Guid id) => $"service:{id:N}";

    public static string Organisation(Guid id) => $"organisation:{id:N}";

    /// <summary>A category or need.</summary>
    public static string Term(Guid id) => $"term:{id:N}";
}
