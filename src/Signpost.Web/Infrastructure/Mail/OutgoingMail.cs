namespace Signpost.Web.Infrastructure.Mail;

/// <summary>A plain-text message to one or more people.</summary>
public sealed record OutgoingMail(IReadOnlyList<string> To, string Subject, string TextBody);
