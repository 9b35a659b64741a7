namespace CaseIngest.Core.Text;

/// <summary>
/// Arrays for one document's words, lower-cased text, word hashes and XML bytes when they are too large for
/// <see cref="ScratchArrays"/>: kept from one document to the next, up to <see cref="MaxKeptBytes"/> in all, so a run of
/// large documents does not allocate fresh large-object memory for each (a fresh large array is zeroed and counts
/// towards the next full collection, which the step that allocates it pays for, and that cost grows with the size
/// of the document). Arrays are handed out with a margin of an eighth, so a slightly larger next document fits;
/// their contents are not cleared. Thread-safe. Everything kept is dropped when the machine's memory load is high
/// at a full collection (<see cref="LargeArrayTrim"/>).
/// </summary>
internal static class LargeArrays
{
    /// <summary>The bound on what is kept between documents, over every element type.</summary>
    public const long MaxKeptBytes = 128L << 20;

    /// <summary>An array larger than this is never kept.</summary>
    public const long MaxKeptArrayBytes = 64L << 20;

    private const int SlotsPerType = 2;

    private static readonly Lock Gate = new();

    private static long _keptBytes;

    static LargeArrays() => LargeArrayTrim.Start();

    /// <summary>The bytes of every array kept now.</summary>
    public static long KeptBytes
    {
        get
        {
            lock (Gate)
            {
                return _keptBytes;
            }
        }
    }

    /// <summary>An array of at least <paramref name="length"/> elements: a kept one that is large enough, or a new one.</summary>
    public static T[] Rent<T>(int length)
        where T : unmanaged
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        lock (Gate)
        {
            var slots = Kept<T>.Slots;
            var best = -1;
            for (var i = 0; i < slots.Length; i++)
            {
                if (slots[i] is { } kept && kept.Length >= length && (best < 0 || kept.Length < slots[best]!.Length))
                {
                    best = i;
                }
            }

            if (best >= 0)
            {
                var array = slots[best]!;
                slots[best] = null;
                _keptBytes -= Bytes(array);
                return array;
            }
        }

        return GC.AllocateUninitializedArray<T>((int)Math.Min(Array.MaxLength, length + ((long)length >> 3)));
    }

    /// <summary>
    /// Gives an array back to be kept, when it is within the bounds; otherwise, or when every slot of its type holds a
    /// larger array, it is left to the collector. The caller must not use it afterwards.
    /// </summary>
    public static void Return<T>(T[] array)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(array);
        var bytes = Bytes(array);
        if (bytes > MaxKeptArrayBytes)
        {
            return;
        }

        lock (Gate)
        {
            var slots = Kept<T>.Slots;
            if (Array.IndexOf(slots, array) >= 0)
            {
                return;
            }

            // the slot to fill: an empty one, else the one with the smallest array, replaced only by a larger one
            var target = 0;
            for (var i = 0; i < slots.Length; i++)
            {
                if (slots[i] is null)
                {
                    target = i;
                    break;
                }

                if (slots[i]!.Length < slots[target]!.Length)
                {
                    target = i;
                }
            }

            var freed = slots[target] is { } replaced ? Bytes(replaced) : 0;
            if ((slots[target] is { } old && old.Length >= array.Length) || _keptBytes - freed + bytes > MaxKeptBytes)
            {
                return;
            }

            slots[target] = array;
            _keptBytes += bytes - freed;
        }
    }

    /// <summary>Drops every kept array.</summary>
    public static void Clear()
    {
        lock (Gate)
        {
            Array.Clear(Kept<byte>.Slots);
            Array.Clear(Kept<char>.Slots);
            Array.Clear(Kept<ushort>.Slots);
            Array.Clear(Kept<Token>.Slots);
            _keptBytes = 0;
        }
    }

    private static long Bytes<T>(T[] array)
        where T : unmanaged => (long)array.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

    private static class Kept<T>
        where T : unmanaged
    {
        public static readonly T[]?[] Slots = new T[SlotsPerType][];
    }
}
