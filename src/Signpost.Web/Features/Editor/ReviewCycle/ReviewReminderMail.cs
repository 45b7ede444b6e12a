using System.Text;
using Signpost.Web.Infrastructure.Mail;

namespace Signpost.Web.Features.Editor.ReviewCycle;

/// <summary>One plain-text message per organisation, listing each of its listings that is due for review.</summary>
public static class ReviewReminderMail
{
    public static OutgoingMail For(
        IReadOnlyList<string> to, string organisationName, IReadOnlyList<DueService> services, DateOnly today, string siteName, string? siteUrl, bool toDirectoryManagers)
    {
        string Link(string path) => string.IsNullOrEmpty(siteUrl) ? path : siteUrl.TrimEnd('/') + path;
        var subject = services.Count == 1
            ? $"Review due: {services[0].Name}"
            : $"Review due: {services.Count} listings from {organisationName}";
        var text = new StringBuilder();
        text.AppendLine("Hello,").AppendLine();
        if (toDirectoryManagers)
        {
            text.AppendLine($"{organisationName} has no editors on {siteName}, so this reminder comes to directory managers.").AppendLine();
        }

        text.AppendLine(services.Count == 1
            ? $"This listing on {siteName} is due for review:"
            : $"These listings on {siteName} are due for review:");
        text.AppendLine();
        foreach (var service in services.OrderBy(s => s.ReviewBy).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase))
        {
            var when = service.ReviewBy < today
                ? $"was due for review on {ReviewDates.InWords(service.ReviewBy)}"
                : $"is due for review by {ReviewDates.InWords(service.ReviewBy)}";
            text.AppendLine($"- {service.Name} {when}: {Link($"/services/{service.Slug}")}");
        }

        text.AppendLine();
        text.AppendLine($"Please sign in to the editor at {Link("/editor")}, check that each listing is still right (times, places, contacts, who it is for), and update it or mark it as reviewed.");
        text.AppendLine("Families rely on these details. After the review date has passed for a while, the public page warns that the information may be out of date.");
        text.AppendLine();
        text.AppendLine($"You get this message once for each review date. {siteName}");
        return new OutgoingMail(to, subject, text.ToString());
    }
}
