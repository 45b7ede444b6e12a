using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Infrastructure;

public sealed class SignpostOptions
{
    public const string Section = "Signpost";

    /// <summary>Folder for the SQLite file and other local state; relative paths are under the content root.</summary>
    [Required]
    public string DataPath { get; set; } = "App_Data";

    /// <summary>The content-seed folder; when empty, the nearest content-seed folder above the app is used.</summary>
    public string? ContentSeedPath { get; set; }

    /// <summary>Import content-seed when the store has no services yet.</summary>
    public bool SeedOnStart { get; set; } = true;

    /// <summary>Says on every page that local listings are demo content.</summary>
    public bool ShowDemoBanner { get; set; } = true;

    /// <summary>Map tiles for search results ("{z}/{x}/{y}" template); empty shows no map. The list never needs the map.</summary>
    public string? MapTileUrl { get; set; }

    public string? MapAttribution { get; set; }

    [Required]
    public string SiteName { get; set; } = "Signpost Halton";

    [Required]
    public string AreaName { get; set; } = "Halton";
}
