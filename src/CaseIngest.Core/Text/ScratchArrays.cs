using System.Buffers;

namespace CaseIngest.Core.Text;

/// <summary>
/// Scratch arrays from the shared pool up to <see cref="MaxPooledLength"/> elements; larger ones are plain arrays,
/// left to the collector. The shared pool keeps what it is given back, per thread, with no memory pressure to trim it:
/// an array sized for one very large document would otherwise stay for the life of the process.
/// </summary>
internal static class ScratchArrays
{
    public const int MaxPooledLength = 1 << 17;

    public static T[] Rent<T>(int length) => length <= MaxPooledLength ? ArrayPool<T>.Shared.Rent(length) : new T[length];

    public static void Return<T>(T[] array)
    {
        // the empty array of a zero-length rent is no pool's
        if (array.Length is > 0 and <= MaxPooledLength)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }
}
