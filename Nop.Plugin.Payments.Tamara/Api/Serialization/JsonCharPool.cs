using System.Buffers;
using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>Lends Json.NET's readers and writers their character buffers from the shared pool instead of allocating them per call.</summary>
internal sealed class JsonCharPool : IArrayPool<char>
{
    public static readonly JsonCharPool Instance = new();

    public char[] Rent(int minimumLength)
    {
        return ArrayPool<char>.Shared.Rent(minimumLength);
    }

    public void Return(char[]? array)
    {
        if (array is not null)
            ArrayPool<char>.Shared.Return(array);
    }
}
