using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Infrastructure;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (the embedded default). The scale-out work adds Postgres.</summary>
    [Required]
    [RegularExpression("^(?i)sqlite$", ErrorMessage = "Database:Provider must be Sqlite.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Overrides the SQLite file under Signpost:DataPath when set.</summary>
    public string? ConnectionString { get; set; }
}
