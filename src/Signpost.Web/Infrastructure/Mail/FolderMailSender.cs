using Microsoft.Extensions.Options;

namespace Signpost.Web.Infrastructure.Mail;

/// <summary>Writes each message as one .eml file, so nothing leaves the machine in Development and tests.</summary>
public sealed class FolderMailSender(IOptions<MailOptions> options, SignpostPaths paths, TimeProvider clock, ILogger<FolderMailSender> logger) : IMailSender
{
    public string Folder => string.IsNullOrWhiteSpace(options.Value.PickupFolder)
        ? Path.Combine(paths.DataFolder, "mail")
        : Path.GetFullPath(options.Value.PickupFolder, paths.DataFolder);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        var domain = options.Value.From.Split('@').Last();
        var file = Path.Combine(Folder, $"{now:yyyyMMddTHHmmssfff}-{id}.eml");

        // Written beside, then renamed: a reader never sees half a message.
        var partial = file + ".tmp";
        await File.WriteAllTextAsync(partial, MimeMessageWriter.Write(mail, options.Value.From, now, $"{id}@{domain}"), cancellationToken);
        File.Move(partial, file);
        logger.LogInformation("Wrote mail '{Subject}' to {File}", mail.Subject, file);
    }
}
