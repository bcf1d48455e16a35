using System.Buffers;
using System.Text;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// Collects the JSON writer's characters in a buffer lent by the shared pool (grown by renting a larger one), so a request
/// body costs one array of its exact UTF-8 size instead of a stream that doubles its own buffer as it grows.
/// </summary>
internal sealed class PooledCharWriter : TextWriter
{
    #region Fields

    private char[] _buffer;
    private int _length;

    #endregion

    #region Ctor

    public PooledCharWriter(int initialCapacity)
    {
        _buffer = ArrayPool<char>.Shared.Rent(initialCapacity);
    }

    #endregion

    #region Utilities

    private Span<char> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var reserved = _buffer.AsSpan(_length, count);
        _length += count;
        return reserved;
    }

    #endregion

    #region Methods

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Reserve(1)[0] = value;

    public override void Write(ReadOnlySpan<char> buffer) => buffer.CopyTo(Reserve(buffer.Length));

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    /// <summary>What was written, encoded as UTF-8 in an array of its own.</summary>
    public byte[] ToUtf8(Encoding utf8)
    {
        var text = _buffer.AsSpan(0, _length);
        var bytes = new byte[utf8.GetByteCount(text)];
        utf8.GetBytes(text, bytes);
        return bytes;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }

        base.Dispose(disposing);
    }

    #endregion
}
