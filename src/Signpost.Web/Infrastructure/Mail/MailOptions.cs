using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Infrastructure.Mail;

/// <summary>Outgoing mail settings, from <c>Signpost:Mail</c>.</summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Signpost:Mail";

    public MailMode Mode { get; set; } = MailMode.Folder;

    /// <summary>Where Folder mode writes .eml files; empty means "mail" inside Signpost:DataPath.</summary>
    public string? PickupFolder { get; set; }

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>Upgrade the connection with STARTTLS (System.Net.Mail's EnableSsl).</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required]
    [EmailAddress]
    public string From { get; set; } = "no-reply@signpost.local";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode == MailMode.Smtp && string.IsNullOrWhiteSpace(SmtpHost))
        {
            yield return new ValidationResult("Signpost:Mail:SmtpHost is required when Signpost:Mail:Mode is Smtp.", [nameof(SmtpHost)]);
        }

        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Signpost:Mail:Password is required when Signpost:Mail:UserName is set.", [nameof(Password)]);
        }
    }
}
