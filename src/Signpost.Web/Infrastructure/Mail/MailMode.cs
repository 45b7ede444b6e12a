namespace Signpost.Web.Infrastructure.Mail;

public enum MailMode
{
    /// <summary>Each message is written as an .eml file to a folder: Development and tests.</summary>
    Folder,

    /// <summary>Messages go to an SMTP server.</summary>
    Smtp,
}
