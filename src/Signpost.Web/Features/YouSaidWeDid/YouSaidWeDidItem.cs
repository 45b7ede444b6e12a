namespace Signpost.Web.Features.YouSaidWeDid;

/// <summary>One published "you said, we did" as the public pages show it.</summary>
public sealed record YouSaidWeDidItem(
    Guid Id,
    string YouSaid,
    string WeDid,
    DateTime PublishedAt,
    string? ServiceName,
    string? ServiceSlug,
    string? ThemeSlug,
    string? ThemeLabel);
