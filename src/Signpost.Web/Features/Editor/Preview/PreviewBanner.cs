using Signpost.Core.Editorial;

namespace Signpost.Web.Features.Editor.Preview;

/// <summary>
/// The banner above every preview: which version it is, and <see cref="Shows"/>, what the page
/// below is when that is not obvious (the organisation or venue on one service's page, say).
/// </summary>
public sealed record PreviewBanner(ContentVersion Version, string BaseUrl, string? Shows = null);
