namespace Signpost.Web.Features.Editor.Preview;

/// <summary>
/// What tells an organisation preview from a venue preview apart from the code: <see cref="Name"/> as
/// sentences say it, the editor's address for the kind, and the public partial that shows one on a service page.
/// </summary>
public sealed record ServiceUseKind(string Name, string Url, string SummaryPartial);
