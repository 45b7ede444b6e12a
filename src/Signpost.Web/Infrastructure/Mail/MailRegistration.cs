using Microsoft.Extensions.Options;

namespace Signpost.Web.Infrastructure.Mail;

public static class MailRegistration
{
    /// <summary>Outgoing mail: the sender named by Signpost:Mail:Mode (Folder unless configured otherwise).</summary>
    public static WebApplicationBuilder AddSignpostMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<FolderMailSender>();
        builder.Services.AddSingleton<SmtpMailSender>();
        builder.Services.AddSingleton<IMailSender>(services =>
            services.GetRequiredService<IOptions<MailOptions>>().Value.Mode == MailMode.Smtp
                ? services.GetRequiredService<SmtpMailSender>()
                : services.GetRequiredService<FolderMailSender>());
        return builder;
    }
}
