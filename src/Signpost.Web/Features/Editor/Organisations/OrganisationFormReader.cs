using System.Net.Mail;
using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using SlugRule = Signpost.Core.Rules.Slug;

namespace Signpost.Web.Features.Editor.Organisations;

/// <summary>Checks a posted organisation form and turns it into a snapshot, with messages keyed by field id.</summary>
public static class OrganisationFormReader
{
    public static (OrganisationSnapshot? Snapshot, List<(string Key, string Message)> Errors) Read(OrganisationForm form, string? currentSlug)
    {
        var errors = new List<(string Key, string Message)>();
        var name = form.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(("Name", "Enter the organisation's name"));
        }
        else if (name.Length > 200)
        {
            errors.Add(("Name", "Name must be 200 characters or fewer"));
        }

        if (!Enum.TryParse<OrganisationType>(form.Type, ignoreCase: false, out var type) || !Enum.IsDefined(type))
        {
            errors.Add(("Type", "Choose what kind of organisation it is"));
        }

        var website = Clean(form.Website);
        if (website is not null && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            errors.Add(("Website", "Enter a website address starting with https://, like https://www.example.org"));
        }

        var email = Clean(form.Email);
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            errors.Add(("Email", "Enter an email address in the correct format, like name@example.org"));
        }

        var phone = Clean(form.Phone);
        if (phone is not null && (phone.Length > 30 || !phone.Any(char.IsAsciiDigit) || phone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))))
        {
            errors.Add(("Phone", "Enter a phone number, like 0151 907 8300"));
        }

        var description = (form.Description ?? "").ReplaceLineEndings("\n").Trim();
        if (description.Length > 4000)
        {
            errors.Add(("Description", "Description must be 4,000 characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new OrganisationSnapshot
        {
            Name = name,
            Slug = currentSlug ?? NewSlug(name),
            Type = type,
            Description = description,
            Website = website,
            Phone = phone,
            Email = email,
        }, errors);
    }

    /// <summary>The store keeps slugs to 120 characters.</summary>
    private static string NewSlug(string name)
    {
        var slug = SlugRule.From(name);
        return slug.Length <= 120 ? slug : slug[..120].TrimEnd('-');
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
