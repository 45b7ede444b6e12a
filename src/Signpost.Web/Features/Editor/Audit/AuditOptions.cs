using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Features.Editor.Audit;

/// <summary>From <c>Signpost:Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Signpost:Audit";

    /// <summary>How long entries are kept: two years by default, the period the issue asks for.</summary>
    [Range(30, 3650)]
    public int RetentionDays { get; set; } = 730;
}
