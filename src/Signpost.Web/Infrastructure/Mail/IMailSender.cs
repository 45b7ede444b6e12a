namespace Signpost.Web.Infrastructure.Mail;

/// <summary>Outgoing email: SMTP in production; a folder of .eml files in Development and tests, so nothing leaves the machine.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
