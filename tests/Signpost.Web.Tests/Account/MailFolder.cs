using System.Text;
using System.Text.RegularExpressions;

namespace Signpost.Web.Tests.Account;

/// <summary>Reads the .eml files the app's folder mail sender writes, as a person would read their inbox.</summary>
public static partial class MailFolder
{
    public sealed record Message(string To, string Subject, string Body, string Raw);

    public static IReadOnlyList<Message> Read(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.GetFiles(folder, "*.eml").Order().Select(f => Parse(File.ReadAllText(f))).ToList();

    public static Message Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = raw[..split].Split("\r\n").Select(l => l.Split(':', 2)).ToDictionary(p => p[0], p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new Message(headers["To"], headers["Subject"], DecodeQuotedPrintable(raw[(split + 4)..]), raw);
    }

    /// <summary>The newest message to this address, or a clear failure listing who did get mail.</summary>
    public static Message LatestTo(string folder, string email)
    {
        var messages = Read(folder);
        return messages.LastOrDefault(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No mail to {email} in {folder}; mail went to: {string.Join(", ", messages.Select(m => m.To))}");
    }

    /// <summary>The invitation link in a message, as a path and query the test client can open.</summary>
    public static string InvitationPath(Message message)
    {
        var url = InvitationLink().Match(message.Body);
        Assert.True(url.Success, "The message has no invitation link:\n" + message.Body);
        return new Uri(url.Value).PathAndQuery;
    }

    private static string DecodeQuotedPrintable(string text)
    {
        var joined = text.Replace("=\r\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex(@"https?://\S+/account/accept-invitation\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLink();
}
