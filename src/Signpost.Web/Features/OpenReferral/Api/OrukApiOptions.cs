using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>Limits of /api/oruk, validated at start.</summary>
public sealed class OrukApiOptions
{
    public const string Section = "Signpost:OpenReferral:Api";

    /// <summary>Items on a page when the request gives no per_page.</summary>
    [Range(1, 1000)]
    public int DefaultPerPage { get; set; } = 50;

    /// <summary>A larger per_page is lowered to this (the page's size says what was sent); format=ndjson has no pages.</summary>
    [Range(1, 1000)]
    public int MaxPerPage { get; set; } = 200;

    /// <summary>
    /// How long a cached answer may be served. The change feed replaces answers as soon as a published service
    /// changes; this bounds the rare change that writes no feed row (an organisation published with no services yet).
    /// </summary>
    [Range(0, 86_400)]
    public int CacheSeconds { get; set; } = 300;
}
