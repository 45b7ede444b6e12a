using System.Collections.Concurrent;
using Signpost.Web.Infrastructure.Mail;

namespace Signpost.Web.Tests.Editor.ReviewCycle;

/// <summary>Keeps what the app sends, so tests can read it; can be told to fail like a mail server that is down.</summary>
public sealed class RecordingMailSender : IMailSender
{
    private readonly ConcurrentQueue<OutgoingMail> sent = new();

    public IReadOnlyList<OutgoingMail> Sent => sent.ToList();

    public bool Fail { get; set; }

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new IOException("The test mail server is down.");
        }

        sent.Enqueue(mail);
        return Task.CompletedTask;
    }

    public void Clear() => sent.Clear();
}
