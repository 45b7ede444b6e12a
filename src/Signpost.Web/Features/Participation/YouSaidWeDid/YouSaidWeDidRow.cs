namespace Signpost.Web.Features.Participation.YouSaidWeDid;

/// <summary>One line of the back-office list.</summary>
public sealed record YouSaidWeDidRow(Guid Id, string YouSaid, string? ServiceName, string? ThemeLabel, bool Published, DateTime? PublishedAt, DateTime CreatedAt);
