/**
 * Galera's primary-component rule (codership/galera `gcomm/src/pc_proto.cpp`, every
 * node weight 1): after a view change the survivors stay primary iff
 * 2·W(survivors) + W(left gracefully) > W(last primary view).
 */
export function staysPrimary(lastPrimaryMembers: number, survivors: number, leftGracefully: number): boolean {
  return 2 * survivors + leftGracefully > lastPrimaryMembers;
}
