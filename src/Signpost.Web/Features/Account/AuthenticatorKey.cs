namespace Signpost.Web.Features.Account;

/// <summary>How an authenticator app is given the shared key: typed in groups of four, or as an otpauth:// URI.</summary>
public static class AuthenticatorKey
{
    public static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

    /// <summary>The Key URI Format apps read from a QR code (and many accept pasted): issuer, account, secret, digits.</summary>
    public static string Uri(string issuer, string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6&period=30";
}
