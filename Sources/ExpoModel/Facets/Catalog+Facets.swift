extension Catalog {
    /// The positions of the expos (into `expos`) and delegations (into `delegations`) the
    /// exhibitor at position `i` has booths at, each once, in the order of its booths.
    public func boothOwners(ofExhibitorAt i: Int) -> (expos: [Int], delegations: [Int]) {
        guard exhibitors.indices.contains(i) else { return ([], []) }
        var expos: [Int] = [], delegations: [Int] = []
        for b in boothIndices(ofExhibitor: exhibitors[i].id) {
            if expoOfBooth[b] >= 0, !expos.contains(Int(expoOfBooth[b])) { expos.append(Int(expoOfBooth[b])) }
            if delegationOfBooth[b] >= 0, !delegations.contains(Int(delegationOfBooth[b])) { delegations.append(Int(delegationOfBooth[b])) }
        }
        return (expos, delegations)
    }
}
