namespace KoNewsParse.Companies;

/// <summary>
/// An immutable character trie over folded alias keys (Latin lower-cased, spaces removed), stored as flat arrays: every node's
/// children are one contiguous, sorted run of edges. Hangul syllables and ASCII at the root are found through a direct table.
/// A node may allow one space before its next character (the alias was written with a space there, e.g. 메타 플랫폼스).
/// </summary>
internal sealed class CompanyTrie
{
    private const int HangulBase = 0xAC00;
    private const int HangulCount = 11172;

    private readonly int[] _firstEdge; // per node: index of its first edge; node n's edges are [_firstEdge[n], _firstEdge[n + 1])
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;
    private readonly int[] _value; // alias id or -1
    private readonly byte[] _spaceOk; // 1: a space may precede this node's character
    private readonly int[] _rootAscii = new int[128];
    private readonly int[] _rootHangul = new int[HangulCount];

    /// <summary>Builds the trie.</summary>
    /// <param name="keys">Folded keys without spaces, with the alias id and a mask of the key indexes before which a space may occur.</param>
    public CompanyTrie(List<(string Key, int Value, int SpaceMask)> keys)
    {
        keys.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var firstEdge = new List<int>(keys.Count * 4);
        var edgeChar = new List<char>(keys.Count * 4);
        var edgeTarget = new List<int>(keys.Count * 4);
        var value = new List<int>(keys.Count * 4);
        var spaceOk = new List<byte>(keys.Count * 4);

        // Breadth-first over sorted key ranges: each queued node is the range of keys sharing its prefix.
        var queue = new Queue<(int Node, int Lo, int Hi, int Depth)>();
        value.Add(-1);
        spaceOk.Add(0);
        queue.Enqueue((0, 0, keys.Count, 0));
        int nodeCount = 1;
        while (queue.Count > 0)
        {
            (int node, int lo, int hi, int depth) = queue.Dequeue();
            firstEdge.Add(edgeChar.Count);
            int k = lo;
            while (k < hi && keys[k].Key.Length == depth)
            {
                value[node] = keys[k].Value; // duplicates: the last one wins
                k++;
            }

            while (k < hi)
            {
                char c = keys[k].Key[depth];
                int end = k;
                bool space = false;
                while (end < hi && keys[end].Key[depth] == c)
                {
                    space |= depth < 32 && (keys[end].SpaceMask & (1 << depth)) != 0;
                    end++;
                }

                int child = nodeCount++;
                value.Add(-1);
                spaceOk.Add(space ? (byte)1 : (byte)0);
                edgeChar.Add(c);
                edgeTarget.Add(child);
                queue.Enqueue((child, k, end, depth + 1));
                k = end;
            }
        }

        firstEdge.Add(edgeChar.Count);
        _firstEdge = [.. firstEdge];
        _edgeChar = [.. edgeChar];
        _edgeTarget = [.. edgeTarget];
        _value = [.. value];
        _spaceOk = [.. spaceOk];
        FillRoot();
    }

    /// <summary>Restores a trie from the arrays <see cref="Write"/> produced.</summary>
    /// <param name="firstEdge">Per node, its first edge (plus one final entry).</param>
    /// <param name="edgeChar">Edge labels.</param>
    /// <param name="edgeTarget">Edge targets.</param>
    /// <param name="value">Per node, the alias id or -1.</param>
    /// <param name="spaceOk">Per node, 1 when a space may precede its character.</param>
    public CompanyTrie(int[] firstEdge, char[] edgeChar, int[] edgeTarget, int[] value, byte[] spaceOk)
    {
        if (firstEdge.Length != value.Length + 1 || spaceOk.Length != value.Length || edgeChar.Length != edgeTarget.Length ||
            value.Length == 0 || firstEdge[^1] != edgeChar.Length)
        {
            throw new InvalidDataException("The compiled company trie is inconsistent.");
        }

        foreach (int t in edgeTarget)
        {
            if ((uint)t >= (uint)value.Length)
            {
                throw new InvalidDataException("The compiled company trie is inconsistent.");
            }
        }

        _firstEdge = firstEdge;
        _edgeChar = edgeChar;
        _edgeTarget = edgeTarget;
        _value = value;
        _spaceOk = spaceOk;
        FillRoot();
    }

    /// <summary>Writes the arrays (in constructor order) through the given writers.</summary>
    /// <param name="ints">Writes an int array.</param>
    /// <param name="chars">Writes a char array.</param>
    /// <param name="bytes">Writes a byte array.</param>
    public void Write(Action<int[]> ints, Action<char[]> chars, Action<byte[]> bytes)
    {
        ints(_firstEdge);
        chars(_edgeChar);
        ints(_edgeTarget);
        ints(_value);
        bytes(_spaceOk);
    }

    private void FillRoot()
    {
        Array.Fill(_rootAscii, -1);
        Array.Fill(_rootHangul, -1);
        for (int e = _firstEdge[0]; e < _firstEdge[1]; e++)
        {
            char c = _edgeChar[e];
            if (c < 128)
            {
                _rootAscii[c] = _edgeTarget[e];
            }
            else if (c - HangulBase is >= 0 and < HangulCount)
            {
                _rootHangul[c - HangulBase] = _edgeTarget[e];
            }
        }
    }

    /// <summary>The number of nodes.</summary>
    public int NodeCount => _value.Length;

    /// <summary>Approximate memory of the arrays in bytes.</summary>
    public long ApproximateBytes =>
        (_firstEdge.Length * 4L) + (_edgeChar.Length * 2L) + (_edgeTarget.Length * 4L) + (_value.Length * 4L) + _spaceOk.Length +
        (_rootAscii.Length * 4L) + (_rootHangul.Length * 4L);

    /// <summary>The child of <paramref name="node"/> for folded character <paramref name="c"/>, or -1.</summary>
    /// <param name="node">The node.</param>
    /// <param name="c">The folded character.</param>
    /// <returns>The child node or -1.</returns>
    public int Child(int node, char c)
    {
        if (node == 0)
        {
            if (c < 128)
            {
                return _rootAscii[c];
            }

            if (c - HangulBase is >= 0 and < HangulCount)
            {
                return _rootHangul[c - HangulBase];
            }
        }

        int lo = _firstEdge[node], hi = _firstEdge[node + 1] - 1;
        if (hi - lo < 8)
        {
            for (int e = lo; e <= hi; e++)
            {
                if (_edgeChar[e] == c)
                {
                    return _edgeTarget[e];
                }
            }

            return -1;
        }

        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            char m = _edgeChar[mid];
            if (m == c)
            {
                return _edgeTarget[mid];
            }

            if (m < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The alias id at <paramref name="node"/>, or -1.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The alias id or -1.</returns>
    public int Value(int node) => _value[node];

    /// <summary>Whether the alias at this node was written with a space before the next character.</summary>
    /// <param name="node">The node (the child reached after the space).</param>
    /// <returns><see langword="true"/> when a space may precede the node's character.</returns>
    public bool SpaceBefore(int node) => _spaceOk[node] != 0;

    /// <summary>Exact lookup of a whole folded key (spaces skipped).</summary>
    /// <param name="text">The text (folded on the fly).</param>
    /// <returns>The alias id or -1.</returns>
    public int Lookup(ReadOnlySpan<char> text)
    {
        int node = 0;
        bool any = false;
        foreach (char raw in text)
        {
            char c = CompanyText.Fold(raw);
            if (c == ' ')
            {
                continue;
            }

            node = Child(node, c);
            any = true;
            if (node < 0)
            {
                return -1;
            }
        }

        return any ? _value[node] : -1;
    }
}
