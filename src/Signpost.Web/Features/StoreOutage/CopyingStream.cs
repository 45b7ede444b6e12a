namespace Signpost.Web.Features.StoreOutage;

/// <summary>Passes a response body through unchanged, keeping a copy of it up to a limit.</summary>
internal sealed class CopyingStream(Stream inner, int limit) : Stream
{
    private readonly MemoryStream copy = new();

    public Stream Inner => inner;

    /// <summary>The body was longer than the limit, so the copy is incomplete.</summary>
    public bool Overflowed { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public byte[] ToArray() => copy.ToArray();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (Overflowed || copy.Length + bytes.Length > limit)
        {
            Overflowed = true;
            return;
        }

        copy.Write(bytes);
    }
}
