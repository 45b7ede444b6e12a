using System.Text;

namespace Signpost.Web.Infrastructure.Mail;

/// <summary>
/// Writes a plain-text message as RFC 5322 with a quoted-printable UTF-8 body, so a folder of
/// messages opens in any mail client and a test can read the links in it.
/// </summary>
public static class MimeMessageWriter
{
    public static string Write(OutgoingMail mail, string from, DateTimeOffset date, string messageId)
    {
        var text = new StringBuilder();
        text.Append("From: ").Append(from).Append("\r\n");
        text.Append("To: ").Append(string.Join(", ", mail.To)).Append("\r\n");
        text.Append("Subject: ").Append(EncodeHeader(mail.Subject)).Append("\r\n");
        text.Append("Date: ").Append(date.ToString("ddd, dd MMM yyyy HH:mm:ss ", System.Globalization.CultureInfo.InvariantCulture))
            .Append(date.ToString("zzz", System.Globalization.CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal)).Append("\r\n");
        text.Append("Message-ID: <").Append(messageId).Append(">\r\n");
        text.Append("MIME-Version: 1.0\r\n");
        text.Append("Content-Type: text/plain; charset=utf-8\r\n");
        text.Append("Content-Transfer-Encoding: quoted-printable\r\n");
        text.Append("\r\n");
        text.Append(QuotedPrintable(mail.TextBody));
        return text.ToString();
    }

    // Subjects are usually ASCII; anything else becomes an RFC 2047 encoded word.
    private static string EncodeHeader(string value) =>
        value.All(c => c is >= ' ' and <= '~') ? value : "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(value)) + "?=";

    public static string QuotedPrintable(string body)
    {
        var output = new StringBuilder();
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        foreach (var line in lines)
        {
            var encoded = new StringBuilder();
            var bytes = Encoding.UTF8.GetBytes(line);
            for (var i = 0; i < bytes.Length; i++)
            {
                var b = bytes[i];
                var last = i == bytes.Length - 1;
                var plain = (b is >= 33 and <= 126 && b != (byte)'=') || (b is (byte)' ' or (byte)'\t' && !last);
                encoded.Append(plain ? ((char)b).ToString() : $"={b:X2}");
            }

            // Soft line breaks keep lines within 76 characters without splitting an escape.
            var current = encoded.ToString();
            while (current.Length > 75)
            {
                var cut = 75;
                if (current[cut - 1] == '=')
                {
                    cut -= 1;
                }
                else if (current[cut - 2] == '=')
                {
                    cut -= 2;
                }

                output.Append(current[..cut]).Append("=\r\n");
                current = current[cut..];
            }

            output.Append(current).Append("\r\n");
        }

        return output.ToString();
    }
}
